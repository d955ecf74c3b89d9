import type { MarkdownBlock } from './models';
import { BlockType } from './models';
export interface IBlockFactory {
export interface IBlockIdGenerator {
import { Injectable, inject } from '@angular/core';
export class BlockIdGenerator implements IBlockIdGenerator {
export class BlockFactory implements IBlockFactory {
