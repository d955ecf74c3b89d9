/**
 * Settings components barrel export
 */

export { ApiKeySettings } from "./ApiKeySettings"
