"use client"
export class TencentASRService {
