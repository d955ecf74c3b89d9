import { useState, useEffect } from 'react'
export default function HistoryPanel({ onSelect, onClose }: Props) {
