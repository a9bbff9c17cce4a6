/** Words in a text: runs of letters and digits, with inner apostrophes and hyphens ("two-month", "Qatar’s"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
