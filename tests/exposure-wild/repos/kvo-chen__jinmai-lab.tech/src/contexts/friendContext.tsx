import React from 'react';
import { createContext, useState, ReactNode, useEffect, useContext } from 'react';
import { supabase } from '@/lib/supabaseClient';
import { AuthContext, User as AuthUser } from './authContext';
export type FriendRequestStatus = 'pending' | 'accepted' | 'rejected';
export type UserStatus = 'online' | 'offline' | 'away';
export interface User extends AuthUser {
export interface FriendRequest {
export interface Friend {
export interface FriendContextType {
export const FriendProvider: React.FC<{ children: ReactNode }> = ({ children }) => {
export const useFriendContext = () => {
