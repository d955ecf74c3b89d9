import { Injectable, signal, Signal } from '@angular/core'
import { codeToTokensBase, type ThemedToken } from 'shiki'
import {
} from './shini-types'
import { CodeLine, SyntaxToken } from './models'
export class ShiniHighlighter implements IShiniHighlighter {
