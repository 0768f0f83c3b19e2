// Shell-style patterns for the files of a folder: `*` and `?` within a path segment, `**` across
// segments, `{a,b}` alternatives. Matched against the path relative to the folder, with "/".

function segment(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${pattern
          .slice(i + 1, end)
          .split(',')
          .map(segment)
          .join('|')})`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return out;
}

export function globToRegExp(pattern: string): RegExp {
  const parts = pattern.split('/');
  let source = '';
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part === '**') source += last ? '.*' : '(?:[^/]*/)*';
    else source += segment(part) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`, 'i');
}

/** Files a folder is searched for when no --glob is given. */
export const DEFAULT_GLOB = '**/*.{html,htm,xhtml,html.gz,htm.gz,warc,warc.gz}';
