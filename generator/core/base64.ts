/**
 * Canonical single-line base64 (RFC 4648 §4, padded). A length that is a multiple of four and at
 * most two trailing `=` is exactly what the grouped pattern `(?:[A-Za-z0-9+/]{4})*(…==|…=)?`
 * accepts; checked this way it runs as one character-class scan, several times faster on the
 * large blobs recordings carry.
 */
const ALPHABET_THEN_PADDING = /^[A-Za-z0-9+/]*={0,2}$/;

export function isCanonicalBase64(value: string): boolean {
  return value.length % 4 === 0 && ALPHABET_THEN_PADDING.test(value);
}
