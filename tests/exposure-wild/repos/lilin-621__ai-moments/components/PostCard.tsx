'use client';
import { useState, useEffect } from 'react';
import CommentItem from './CommentItem';
export default function PostCard({
