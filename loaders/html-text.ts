// DOM → readable text: one paragraph per block element, a blank line between paragraphs,
// white space inside a paragraph collapsed, <br> kept as a line break. Iterative, so deeply
// nested markup cannot exhaust the call stack.

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'NAV', 'ASIDE', 'IFRAME', 'SELECT']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The readable text under `root`, paragraphs separated by a blank line, no leading/trailing space. */
export function htmlToText(root: Node): string {
  const paragraphs: string[] = [];
  let pieces: string[] = [];
  const flush = (): void => {
    if (pieces.length === 0) return;
    const p = pieces.join('').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
    if (p) paragraphs.push(p);
    pieces = [];
  };
  // Each stack entry is a node to enter, or `null` marking the end of a block element.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      pieces.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      pieces.push('\n');
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push(null);
    }
    const children: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return paragraphs.join('\n\n');
}
