// Finds the tags written in Ink source text, with their file and line, so that a bad tag is
// reported where the author wrote it (the compiled story keeps no line numbers).

export interface SourceTag {
  file: string;
  line: number;
  /** Tag text without the '#', trimmed. */
  text: string;
  /** True when the tag sits inside a choice's [brackets] (it belongs to the choice). */
  onChoice: boolean;
  /** True when the text holds inline logic ({…}) and can only be checked when it runs. */
  dynamic: boolean;
}

/** Removes // and block comments, keeping line breaks so line numbers stay right. */
function stripComments(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      const block = end < 0 ? src.slice(i) : src.slice(i, end + 2);
      out += block.replace(/[^\n]/g, ' ');
      i += block.length;
    } else if (src.startsWith('//', i) && src[i - 1] !== ':') {
      while (i < src.length && src[i] !== '\n') i++;
    } else {
      out += src[i];
      i++;
    }
  }
  return out;
}

const CHOICE = /^\s*([*+]\s*)+/;

/** Every `# tag` in `source` (one file), in order. */
export function scanInkTags(source: string, file: string): SourceTag[] {
  const tags: SourceTag[] = [];
  const lines = stripComments(source).split('\n');
  lines.forEach((lineText, idx) => {
    const isChoice = CHOICE.test(lineText);
    let depth = 0; // [ … ] nesting on a choice line
    let braces = 0;
    let i = 0;
    while (i < lineText.length) {
      const ch = lineText[i];
      if (ch === '\\') {
        i += 2;
        continue;
      }
      if (ch === '{') braces++;
      else if (ch === '}') braces = Math.max(0, braces - 1);
      else if (isChoice && ch === '[') depth++;
      else if (isChoice && ch === ']') depth = Math.max(0, depth - 1);
      else if (ch === '#' && braces === 0) {
        const inBrackets = isChoice && depth > 0;
        let j = i + 1;
        let inner = 0;
        while (j < lineText.length) {
          const c = lineText[j];
          if (c === '\\') {
            j += 2;
            continue;
          }
          if (c === '{') inner++;
          else if (c === '}') inner = Math.max(0, inner - 1);
          else if (inner === 0 && (c === '#' || (inBrackets && c === ']'))) break;
          j++;
        }
        const text = lineText.slice(i + 1, j).trim();
        tags.push({ file, line: idx + 1, text, onChoice: inBrackets, dynamic: text.includes('{') });
        i = j;
        continue;
      }
      i++;
    }
  });
  return tags;
}
