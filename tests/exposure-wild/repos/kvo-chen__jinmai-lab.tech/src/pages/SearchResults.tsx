import { useState, useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { useTheme } from '@/hooks/useTheme'
import { TianjinImage, TianjinButton } from '@/components/TianjinStyleComponents'
import searchService from '@/services/searchService'
import { SearchResultType } from '@/components/SearchBar'
export default function SearchResults() {
