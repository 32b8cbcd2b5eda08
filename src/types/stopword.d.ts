// The part of `stopword` (no bundled types) that Parapet reads: its English stop-word list.
declare module 'stopword' {
  export const eng: readonly string[];
}
