import { Injectable } from '@angular/core';
export interface PerformanceMetrics {
export interface PerformanceSnapshot {
export interface IPerformanceMonitor {
export class PerformanceMonitor implements IPerformanceMonitor {
