import { template } from "lodash-es"
import { uuid } from "./uuid"
export const VARIABLE_GENERATORS = {
export const parsePlaceholderVariables = (text: string, depth = 2): string => {
export const parsePlaceholderVariablesMessages = (messages: any[]): any[] =>
