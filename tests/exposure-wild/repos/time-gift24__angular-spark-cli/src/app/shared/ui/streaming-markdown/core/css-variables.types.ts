export const CODE_CSS_VARIABLES = {
export const SHINI_TOKEN_MAPPING = {
export type ShiniTokenClass =
export const LIGHT_MODE_VALUES = {
export const DARK_MODE_VALUES = {
export interface CssRule {
export interface CodeHighlightStylesheet {
export interface CssVariableSetterOptions {
export interface ICssVariableUtils {
