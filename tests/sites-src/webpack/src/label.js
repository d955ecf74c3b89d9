/* Staging key, do not ship: KF_PLACEHOLDER_WEBPACK_MAPONLY_XXXXXXXXXXXXXXXXXX */
export function label() {
  return "Translate this page";
}
