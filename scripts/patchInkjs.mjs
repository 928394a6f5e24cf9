// Four hot spots of the inkjs 2.4.0 runtime rewritten without changing what they compute; run by
// `postinstall` (idempotent). They cost a seventh of a scenario-checker playthrough; see README "inkjs".
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const INKJS_VERSION = '2.4.0';
const root = fileURLToPath(new URL('..', import.meta.url));
/** The runtime bundle every `import … from 'inkjs'` loads (Node and Vite alike). */
export const RUNTIME = `${root}node_modules/inkjs/dist/ink.mjs`;

/** Exact replacements in the minified bundle: [why, original, replacement]. */
export const PATCHES = [
  [
    // StringValue's constructor split every string into an array of characters to find out whether it
    // is all spaces and tabs; a loop that stops at the first other character allocates nothing.
    'StringValue: whitespace test without split("")',
    'this.value.length>0&&this.value.split("").every((t=>" "==t||"\\t"==t||(this._isInlineWhitespace=!1,!1)))',
    '{const t=this.value;for(let e=0;e<t.length;e++){const n=t.charCodeAt(e);if(32!==n&&9!==n){this._isInlineWhitespace=!1;break}}}',
  ],
  [
    // Runs on the whole current text after every step of the newline lookahead, appending one character
    // at a time. Text without spaces or tabs (most Chinese lines) comes back unchanged; other text is
    // copied in runs between whitespace. Same output: tests/inkjsPatch.test.ts checks it on random text.
    'StoryState.CleanOutputWhitespace: copy runs, return text without whitespace as is',
    'CleanOutputWhitespace(t){let e=new m,n=-1,i=0;for(let r=0;r<t.length;r++){let a=t.charAt(r),s=" "==a||"\\t"==a;s&&-1==n&&(n=r),s||("\\n"!=a&&n>0&&n!=i&&e.Append(" "),n=-1),"\\n"==a&&(i=r+1),s||e.Append(a)}return e.toString()}',
    'CleanOutputWhitespace(t){if(-1===t.indexOf(" ")&&-1===t.indexOf("\\t"))return t;let e="",n=-1,i=0,s=0;for(let r=0;r<t.length;r++){const a=t.charCodeAt(r);32===a||9===a?-1===n&&(e+=t.slice(s,r),n=r):-1!==n&&(10!==a&&n>0&&n!==i&&(e+=" "),n=-1,s=r),10===a&&(i=r+1)}return-1===n&&(e+=t.slice(s)),e}',
  ],
  [
    // Checked after every step; the cast helper before an `instanceof` test of the same class is redundant.
    'StoryState.inStringEvaluation: plain instanceof',
    'get inStringEvaluation(){for(let t=this.outputStream.length-1;t>=0;t--){let e=a(this.outputStream[t],I);',
    'get inStringEvaluation(){for(let t=this.outputStream.length-1;t>=0;t--){let e=this.outputStream[t];',
  ],
  [
    // The cast helper behind every `as` of the C# original (thousands of calls a line) called an identity
    // function for its result; returning the object itself saves that call where V8 does not inline it.
    'asOrNull: no identity call',
    'function a(t,e){return t instanceof e?u(t):null}',
    'function a(t,e){return t instanceof e?t:null}',
  ],
];

/** Applies the patches to `source`; throws when one matches neither its original nor its replacement. */
export function patchSource(source) {
  let out = source;
  for (const [why, before, after] of PATCHES) {
    if (out.includes(after)) continue;
    const at = out.indexOf(before);
    if (at < 0 || out.indexOf(before, at + 1) >= 0) {
      throw new Error(`inkjs patch "${why}" does not apply: the runtime is not inkjs ${INKJS_VERSION}`);
    }
    out = out.slice(0, at) + after + out.slice(at + before.length);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pkg = JSON.parse(readFileSync(`${root}node_modules/inkjs/package.json`, 'utf8'));
  if (pkg.version !== INKJS_VERSION) {
    console.error(`patchInkjs: installed inkjs is ${pkg.version}, the patches are for ${INKJS_VERSION}; update scripts/patchInkjs.mjs`);
    process.exit(1);
  }
  const source = readFileSync(RUNTIME, 'utf8');
  const patched = patchSource(source);
  if (patched !== source) writeFileSync(RUNTIME, patched);
  console.log(`patchInkjs: inkjs ${INKJS_VERSION} runtime ${patched === source ? 'already patched' : 'patched'} (${PATCHES.length} hot spots)`);
}
