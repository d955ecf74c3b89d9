export function add(x: number, y: number) {
  return x + y;
}
