export function installOverlayScrollbars(root: ParentNode = document) {
