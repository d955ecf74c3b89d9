import React, { useState, useEffect, createContext, useContext, ReactNode } from "react";
import { BluetoothDevice, EnvData } from "@/types";
import { useToast } from "@/hooks/use-toast";
export type BluetoothState = 'available' | 'disabled' | 'unavailable' | 'noDevices';
export const BluetoothProvider: React.FC<{children: ReactNode}> = ({ children }) => {
export const useBluetooth = () => {
