import React, { createContext, useContext, useState, useEffect, ReactNode } from "react";
import { AnalysisMode, DiagnosisResult, HistoryRecord, User, PlantType } from "@/types";
import { BluetoothProvider, useBluetooth } from "@/hooks/useBluetooth";
export const AppProvider: React.FC<{children: ReactNode}> = ({ children }) => {
export const useAppContext = () => {
