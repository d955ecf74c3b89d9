"use client"
import React, { createContext, useContext, useState, useEffect, ReactNode, useCallback } from 'react'
import { TelemetrySelection } from './telemetry-context'
import { Message } from './zai-api'
export interface ChatData {
export function ChatProvider({ children }: { children: ReactNode }) {
export function useChat() {
