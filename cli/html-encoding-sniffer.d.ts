// The package ships no types.
declare module 'html-encoding-sniffer' {
  export default function sniffHtmlEncoding(bytes: Uint8Array, options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string }): string;
}
