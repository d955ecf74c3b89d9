import React, { useState, useEffect, useRef } from 'react';
export const useMCPServers = () => {
export const useMCPServerActions = () => {
export const ServerStatusBadge = ({ status }: { status: string }) => {
export const ServerActions = ({ server, onStart, onStop, onRestart }: { 
