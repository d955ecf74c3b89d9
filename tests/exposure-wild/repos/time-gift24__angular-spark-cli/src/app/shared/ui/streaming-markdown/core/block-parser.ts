import { Injectable, inject } from '@angular/core';
import { marked } from 'marked';
import {
} from './models';
import {
} from './plugin';
import {
} from './marked-tokens';
export interface IBlockParser {
export class BlockParser implements IBlockParser {
