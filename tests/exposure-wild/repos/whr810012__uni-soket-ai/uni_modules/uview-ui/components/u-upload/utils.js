export function chooseFile({
