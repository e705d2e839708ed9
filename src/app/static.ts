import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public');
const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

interface Asset {
  body: Buffer;
  type: string;
  hash: string;
}

// Our few static files are read once: no file-system access per request and no path traversal.
const assets = new Map<string, Asset>();
for (const name of fs.readdirSync(publicDir)) {
  const type = TYPES[path.extname(name)];
  if (!type) continue;
  const body = fs.readFileSync(path.join(publicDir, name));
  assets.set(name, { body, type, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) });
}

export function getAsset(name: string): Asset | undefined {
  return assets.get(name);
}

/** URL with a content hash, so assets can be cached for a year and still change on deploy. */
export function assetUrl(name: string): string {
  const asset = assets.get(name);
  return `/static/${name}${asset ? `?v=${asset.hash}` : ''}`;
}
