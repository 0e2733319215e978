/**
 * How many characters of text a node holds: its textContent's length, without building that string. On a
 * 20,000-word page textContent took 5 to 25 ms (it copies all 127k characters into one string); adding up the
 * lengths of the text nodes takes well under one.
 */
export function textLength(root: Node): number {
  let length = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3 || node.nodeType === 4) length += (node as CharacterData).length;
    else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = !node || node === root ? null : node.nextSibling;
  }
  return length;
}
