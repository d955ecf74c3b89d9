'use client';
import { useState } from 'react';
export default function CommentItem({ comment, currentUserId, onDelete }: CommentItemProps) {
