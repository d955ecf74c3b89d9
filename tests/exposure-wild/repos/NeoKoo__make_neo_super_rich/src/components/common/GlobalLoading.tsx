/* eslint-disable react-refresh/only-export-components */
import { createContext, useContext, useState, ReactNode, memo } from 'react'
export function useGlobalLoading() {
export const GlobalLoadingProvider = memo(function GlobalLoadingProvider({ children }: GlobalLoadingProviderProps) {
export function FullScreenLoading({ isLoading, text = '加载中...' }: FullScreenLoadingProps) {
