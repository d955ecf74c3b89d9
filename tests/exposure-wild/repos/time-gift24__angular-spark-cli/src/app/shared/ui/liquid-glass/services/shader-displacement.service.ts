import { Injectable, signal } from '@angular/core';
export interface Vec2 {
export interface DisplacementResult {
export class ShaderDisplacementService {
