// The key we used before the backend proxy existed (rotated, kept for the record):
// KF_PLACEHOLDER_VITE_MAPONLY_XXXXXXXXXXXXXXXXXXXXX
export function greeting(name: string): string {
  return `Hello, ${name}! Click to chat.`;
}
