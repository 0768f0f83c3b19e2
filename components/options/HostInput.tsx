// A field for host names ("example.com"), as every options section asks for them: left to right in
// every language, no spelling check or autofill, and a length no host name reaches.
interface Props {
  id: string;
  value: string;
  placeholder: string;
  onValue: (value: string) => void;
  /** The id of the error shown under the field, while there is one. */
  errorId?: string | null;
}

export function HostInput({ id, value, placeholder, onValue, errorId }: Props) {
  return (
    <input
      id={id}
      class="cl-input"
      type="text"
      inputMode="url"
      dir="ltr"
      autoComplete="off"
      spellcheck={false}
      maxLength={2048}
      placeholder={placeholder}
      value={value}
      aria-invalid={errorId ? 'true' : undefined}
      aria-describedby={errorId ?? undefined}
      onInput={(e) => onValue((e.target as HTMLInputElement).value)}
    />
  );
}
