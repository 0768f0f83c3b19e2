// The options page's two small patterns, written once: a destructive button that asks before it acts,
// and the line that says how an action went (announced to screen readers; errors as alerts).
import { useState } from 'preact/hooks';

export type ActionMessage = { kind: 'ok' | 'error'; text: string } | null;

export function ConfirmButton(props: {
  /** data-action of the first button; the one that acts is `${action}-yes`. */
  action: string;
  label: string;
  question: string;
  yes: string;
  no: string;
  disabled?: boolean;
  onConfirm: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" class="cl-button cl-button--danger" data-action={props.action} disabled={props.disabled} onClick={() => setConfirming(true)}>
        {props.label}
      </button>
    );
  return (
    <span class="cl-confirm" role="group" aria-label={props.question}>
      <span>{props.question}</span>
      <button
        type="button"
        class="cl-button cl-button--danger"
        data-action={`${props.action}-yes`}
        onClick={() => {
          setConfirming(false);
          props.onConfirm();
        }}
      >
        {props.yes}
      </button>
      <button type="button" class="cl-button" onClick={() => setConfirming(false)}>
        {props.no}
      </button>
    </span>
  );
}

export function ActionMessageLine({ message }: { message: ActionMessage }) {
  return (
    <div class="cl-backup-message" role={message?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      {message && (
        <p class={message.kind === 'error' ? 'cl-error' : 'cl-success'} data-message={message.kind}>
          {message.text}
        </p>
      )}
    </div>
  );
}
