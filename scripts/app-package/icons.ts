// Draws Bereikbaar's two app icons from the same vector shapes as the favicon (src/app/assets/favicon.svg):
// a phone handset with a green "available" dot. Rasterised here with supersampling, so the package needs no
// image tool and the icons always match the favicon's geometry.
import type { RgbaImage } from './png';

type Point = { x: number; y: number };
type Rgba = readonly [number, number, number, number];

/** The favicon's shapes, in its 32×32 viewBox. */
const handsetPath =
  'M10.2 7.5c.7-.7 1.9-.6 2.5.2l2.2 3c.5.7.4 1.7-.2 2.3l-1.3 1.2c.9 2 2.5 3.6 4.5 4.5l1.2-1.3c.6-.6 1.6-.7 2.3-.2l3 2.2c.8.6.9 1.8.2 2.5l-1.6 1.6c-1 1-2.6 1.3-3.9.7-5-2.2-9-6.2-11.2-11.2-.6-1.3-.3-2.9.7-3.9z';
const dot = { cx: 23.5, cy: 8.5, r: 4, ring: 1.5 } as const;

const blue: Rgba = [0x0f, 0x6c, 0xbd, 255];
const green: Rgba = [0x6c, 0xcb, 0x5f, 255];
const white: Rgba = [255, 255, 255, 255];

/**
 * The outline of an SVG path (M, L, H, V, C and Z, absolute or relative) as closed polygons; curves are
 * flattened into `steps` segments each.
 * @example pathPolygons('M0 0l4 0 0 4z') // [[{x:0,y:0},{x:4,y:0},{x:4,y:4}]]
 */
export function pathPolygons(d: string, steps = 24): Point[][] {
  const tokens = d.match(/[MmLlHhVvCcZz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const polygons: Point[][] = [];
  let current: Point[] = [];
  let pen: Point = { x: 0, y: 0 };
  let start: Point = pen;
  let command = '';
  let index = 0;
  const number = (): number => {
    const token = tokens[index++];
    if (token === undefined || Number.isNaN(Number(token)))
      throw new Error(`Path ended or broke at token ${index}: ${String(token)}`);
    return Number(token);
  };
  while (index < tokens.length) {
    const token = tokens[index] as string;
    if (/^[A-Za-z]$/.test(token)) {
      command = token;
      index++;
      if (command === 'z' || command === 'Z') {
        if (current.length > 0) polygons.push(current);
        current = [];
        pen = start;
        continue;
      }
    }
    const relative = command === command.toLowerCase();
    const base = relative ? pen : { x: 0, y: 0 };
    switch (command.toLowerCase()) {
      case 'm': {
        if (current.length > 0) polygons.push(current);
        pen = { x: base.x + number(), y: base.y + number() };
        start = pen;
        current = [pen];
        // Further pairs after a moveto are linetos, as in SVG.
        command = relative ? 'l' : 'L';
        break;
      }
      case 'l':
        pen = { x: base.x + number(), y: base.y + number() };
        current.push(pen);
        break;
      case 'h':
        pen = { x: (relative ? pen.x : 0) + number(), y: pen.y };
        current.push(pen);
        break;
      case 'v':
        pen = { x: pen.x, y: (relative ? pen.y : 0) + number() };
        current.push(pen);
        break;
      case 'c': {
        const c1 = { x: base.x + number(), y: base.y + number() };
        const c2 = { x: base.x + number(), y: base.y + number() };
        const end = { x: base.x + number(), y: base.y + number() };
        const from = pen;
        for (let step = 1; step <= steps; step++) {
          const t = step / steps;
          const u = 1 - t;
          current.push({
            x: u * u * u * from.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * end.x,
            y: u * u * u * from.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * end.y,
          });
        }
        pen = end;
        break;
      }
      default:
        throw new Error(`Unsupported path command '${command}'.`);
    }
  }
  if (current.length > 0) polygons.push(current);
  return polygons;
}

/** Non-zero winding rule, as SVG fills by default. */
function insidePolygons(polygons: readonly Point[][], x: number, y: number): boolean {
  let winding = 0;
  for (const polygon of polygons) {
    for (let i = 0; i < polygon.length; i++) {
      const a = polygon[i] as Point;
      const b = polygon[(i + 1) % polygon.length] as Point;
      if (a.y <= y) {
        if (b.y > y && (b.x - a.x) * (y - a.y) - (x - a.x) * (b.y - a.y) > 0) winding++;
      } else if (b.y <= y && (b.x - a.x) * (y - a.y) - (x - a.x) * (b.y - a.y) < 0) winding--;
    }
  }
  return winding !== 0;
}

/** A shape in viewBox units: does it contain the point? */
type Shape = (x: number, y: number) => boolean;

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** Paints `shape` over the image in `color`, with `samples`² subsamples per pixel for smooth edges. */
function paint(image: RgbaImage, shape: Shape, color: Rgba, scale: number, samples: number): void {
  const { width, height, pixels } = image;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++)
          if (shape((px + (sx + 0.5) / samples) / scale, (py + (sy + 0.5) / samples) / scale))
            hits++;
      if (hits === 0) continue;
      // Source-over compositing with straight alpha.
      const alpha = (hits / (samples * samples)) * (color[3] / 255);
      const offset = (py * width + px) * 4;
      const below = (pixels[offset + 3] as number) / 255;
      const outAlpha = alpha + below * (1 - alpha);
      for (let channel = 0; channel < 3; channel++) {
        const mixed =
          ((color[channel] as number) * alpha +
            (pixels[offset + channel] as number) * below * (1 - alpha)) /
          outAlpha;
        pixels[offset + channel] = Math.round(mixed);
      }
      pixels[offset + 3] = Math.round(outAlpha * 255);
    }
  }
}

function blank(size: number): RgbaImage {
  return { width: size, height: size, pixels: new Uint8Array(size * size * 4) };
}

const handset: Shape = (() => {
  const polygons = pathPolygons(handsetPath);
  return (x, y) => insidePolygons(polygons, x, y);
})();

/**
 * The 192×192 colour icon: the favicon's blue field edge to edge (Teams rounds the corners itself), the white
 * handset and the green dot with its white ring.
 */
export function drawColorIcon(size = 192): RgbaImage {
  const image = blank(size);
  const scale = size / 32;
  paint(image, () => true, blue, scale, 1);
  paint(image, handset, white, scale, 4);
  paint(image, circle(dot.cx, dot.cy, dot.r + dot.ring / 2), white, scale, 4);
  paint(image, circle(dot.cx, dot.cy, dot.r - dot.ring / 2), green, scale, 4);
  return image;
}

/**
 * The 32×32 outline icon: white on transparent only, as Teams requires; the same handset and the dot as a
 * white ring, so "available" still reads without colour.
 */
export function drawOutlineIcon(size = 32): RgbaImage {
  const image = blank(size);
  const scale = size / 32;
  const ring: Shape = (x, y) =>
    circle(dot.cx, dot.cy, dot.r)(x, y) && !circle(dot.cx, dot.cy, dot.r - dot.ring)(x, y);
  paint(image, handset, white, scale, 8);
  paint(image, ring, white, scale, 8);
  return image;
}
