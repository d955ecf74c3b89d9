export interface MarkedTokenBase {
export interface MarkedInlineToken {
export interface MarkedStrongToken extends MarkedInlineToken {
export interface MarkedEmToken extends MarkedInlineToken {
export interface MarkedDelToken extends MarkedInlineToken {
export interface MarkedCodespanToken extends MarkedInlineToken {
export interface MarkedLinkToken extends MarkedInlineToken {
export interface MarkedImageToken extends MarkedInlineToken {
export interface MarkedBrToken extends MarkedInlineToken {
export interface MarkedHtmlInlineToken extends MarkedInlineToken {
export interface MarkedTextToken extends MarkedInlineToken {
export type MarkedAnyInlineToken =
export interface MarkedHeadingToken extends MarkedTokenBase {
export interface MarkedParagraphToken extends MarkedTokenBase {
export interface MarkedCodeToken extends MarkedTokenBase {
export interface MarkedListItemToken {
export interface MarkedListToken extends MarkedTokenBase {
export interface MarkedBlockquoteToken extends MarkedTokenBase {
export interface MarkedHrToken extends MarkedTokenBase {
export interface MarkedSpaceToken extends MarkedTokenBase {
export interface MarkedHtmlBlockToken extends MarkedTokenBase {
export interface MarkedTableCellToken {
export interface MarkedTableToken extends MarkedTokenBase {
export type MarkedToken =
export function isMarkedHeadingToken(token: MarkedToken): token is MarkedHeadingToken {
export function isMarkedParagraphToken(token: MarkedToken): token is MarkedParagraphToken {
export function isMarkedCodeToken(token: MarkedToken): token is MarkedCodeToken {
export function isMarkedListToken(token: MarkedToken): token is MarkedListToken {
export function isMarkedBlockquoteToken(token: MarkedToken): token is MarkedBlockquoteToken {
export function isMarkedHtmlBlockToken(token: MarkedToken): token is MarkedHtmlBlockToken {
export function isMarkedTableToken(token: MarkedToken): token is MarkedTableToken {
