'use client';
import { useState, useEffect } from 'react';
import { useParams } from 'next/navigation'; // 关键：引入路由参数钩子
import { World, UserWorld } from '../../types/db';
import Navbar from '../components/Navbar';
import FilterBar from '../components/FilterBar';
import MyWorldsSidebar from '../components/MyWorldsSidebar';
import WorldCard from '../components/WorldCard';
export default function WorldHall() {
