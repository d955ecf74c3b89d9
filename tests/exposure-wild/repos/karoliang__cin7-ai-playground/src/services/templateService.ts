import { Project, ProjectFile, Template, ProjectTemplate } from '@/types'
export class TemplateService {
          model: 'glm-4',
          model: 'glm-4',
          model: 'glm-4',
    <script type="module" src="/src/main.tsx"></script>
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router-dom'
import App from './App'
import './index.css'
import { Routes, Route } from 'react-router-dom'
import { Navigation } from './components/Navigation'
import { Footer } from './components/Footer'
import { HomePage } from './pages/HomePage'
import { AboutPage } from './pages/AboutPage'
import { ServicesPage } from './pages/ServicesPage'
import { ContactPage } from './pages/ContactPage'
import { BlogPage } from './pages/BlogPage'
import { PortfolioPage } from './pages/PortfolioPage'
import './App.css'
import { Link, useLocation } from 'react-router-dom'
import { Menu, X } from 'lucide-react'
export const Navigation: React.FC = () => {
import { Link } from 'react-router-dom'
import { Mail, Phone, MapPin, Facebook, Twitter, Linkedin, Instagram } from 'lucide-react'
export const Footer: React.FC = () => {
import { Link } from 'react-router-dom'
import { ArrowRight, Star, CheckCircle } from 'lucide-react'
import { HeroSection } from '../components/HeroSection'
import { FeaturesSection } from '../components/FeaturesSection'
import { TestimonialsSection } from '../components/TestimonialsSection'
import { CallToAction } from '../components/CallToAction'
export const HomePage: React.FC = () => {
import { AboutHeader } from '../components/AboutHeader'
import { MissionSection } from '../components/MissionSection'
import { TeamSection } from '../components/TeamSection'
import { ValuesSection } from '../components/ValuesSection'
export const AboutPage: React.FC = () => {
import { ServicesHeader } from '../components/ServicesHeader'
import { ServicesGrid } from '../components/ServicesGrid'
import { ProcessSection } from '../components/ProcessSection'
export const ServicesPage: React.FC = () => {
import { ContactHeader } from '../components/ContactHeader'
import { ContactForm } from '../components/ContactForm'
import { ContactInfo } from '../components/ContactInfo'
import { MapSection } from '../components/MapSection'
export const ContactPage: React.FC = () => {
import { BlogHeader } from '../components/BlogHeader'
import { BlogGrid } from '../components/BlogGrid'
import { BlogSidebar } from '../components/BlogSidebar'
export const BlogPage: React.FC = () => {
import { PortfolioHeader } from '../components/PortfolioHeader'
import { PortfolioGrid } from '../components/PortfolioGrid'
import { CaseStudyModal } from '../components/CaseStudyModal'
export const PortfolioPage: React.FC = () => {
import { ArrowRight, Play, CheckCircle } from 'lucide-react'
import { Link } from 'react-router-dom'
export const HeroSection: React.FC = () => {
import { Zap, Shield, Smartphone, Globe, Code, BarChart } from 'lucide-react'
export const FeaturesSection: React.FC = () => {
import { Star, Quote } from 'lucide-react'
export const TestimonialsSection: React.FC = () => {
import { ArrowRight, Zap } from 'lucide-react'
import { Link } from 'react-router-dom'
export const CallToAction: React.FC = () => {
export const AboutHeader: React.FC = () => {
import { Target, Lightbulb, Users } from 'lucide-react'
export const MissionSection: React.FC = () => {
import { Twitter, Linkedin, Mail } from 'lucide-react'
export const TeamSection: React.FC = () => {
import { Award, Heart, Zap, Shield } from 'lucide-react'
export const ValuesSection: React.FC = () => {
export const ServicesHeader: React.FC = () => {
import { Code, Palette, Smartphone, BarChart, Megaphone, Settings } from 'lucide-react'
export const ServicesGrid: React.FC = () => {
import { Search, Code, Test, Rocket } from 'lucide-react'
export const ProcessSection: React.FC = () => {
export const ContactHeader: React.FC = () => {
export const ContactForm: React.FC = () => {
import { Mail, Phone, MapPin, Clock } from 'lucide-react'
export const ContactInfo: React.FC = () => {
export const MapSection: React.FC = () => {
export const BlogHeader: React.FC = () => {
import { Calendar, Clock, User, ArrowRight } from 'lucide-react'
export const BlogGrid: React.FC = () => {
import { Search, Tag, Calendar, User } from 'lucide-react'
export const BlogSidebar: React.FC = () => {
export const PortfolioHeader: React.FC = () => {
import { ExternalLink, Eye } from 'lucide-react'
export const PortfolioGrid: React.FC = () => {
import { X, ExternalLink, Calendar, User, Tag } from 'lucide-react'
export const CaseStudyModal: React.FC = () => {
    <script type="module" src="/src/main.tsx"></script>
import { createRoot } from 'react-dom/client'
import App from './App'
import './index.css'
import { TrendingUp, Users, Package, DollarSign, Calendar, Filter, Download } from 'lucide-react'
import { generateSalesData } from './data/salesData'
import { RevenueChart } from './components/RevenueChart'
import { SalesMetrics } from './components/SalesMetrics'
import { CustomerAnalytics } from './components/CustomerAnalytics'
import { ProductPerformance } from './components/ProductPerformance'
import { SalesTable } from './components/SalesTable'
import { DateFilter } from './components/DateFilter'
import type { SalesData, DateRange } from './types'
export interface RevenueData {
export interface CustomerData {
export interface ProductData {
export interface SaleData {
export interface DateRange {
export type MetricPeriod = 'day' | 'week' | 'month' | 'quarter' | 'year'
export interface ChartData {
} from '../types'
export async function generateSalesData(dateRange: DateRange): Promise<SalesData> {
import { DollarSign, TrendingUp, Users, ShoppingCart, ArrowUp, ArrowDown } from 'lucide-react'
import { SalesData } from '../types'
export function SalesMetrics({ data }: SalesMetricsProps) {
import { LineChart, Line, XAxis, YAxis, CartesianGrid, Tooltip, Legend, ResponsiveContainer, Area, AreaChart } from 'recharts'
import { TrendingUp } from 'lucide-react'
import { RevenueData } from '../types'
export function RevenueChart({ data }: RevenueChartProps) {
import { BarChart, Bar, XAxis, YAxis, CartesianGrid, Tooltip, ResponsiveContainer, LineChart, Line, ComposedChart, Area } from 'recharts'
import { Users, UserPlus, UserMinus } from 'lucide-react'
import { CustomerData } from '../types'
export function CustomerAnalytics({ data }: CustomerAnalyticsProps) {
import { BarChart, Bar, XAxis, YAxis, CartesianGrid, Tooltip, ResponsiveContainer, Cell } from 'recharts'
import { Package, TrendingUp, TrendingDown, Star, ArrowUp, ArrowDown } from 'lucide-react'
import { ProductData } from '../types'
export function ProductPerformance({ data }: ProductPerformanceProps) {
import { Search, Filter, Eye } from 'lucide-react'
import { SaleData } from '../types'
export function SalesTable({ data }: SalesTableProps) {
import { Calendar } from 'lucide-react'
import { DateRange } from '../types'
export function DateFilter({ value, onChange, className = '' }: DateFilterProps) {
          model: 'glm-4',
    <script type="module" src="/src/main.tsx"></script>
import ReactDOM from 'react-dom/client'
import { BrowserRouter } from 'react-router-dom'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { motion } from 'framer-motion'
import App from './App'
import './styles/globals.css'
import './styles/animations.css'
import { Routes, Route } from 'react-router-dom'
import { MobileLayout } from './components/layout/MobileLayout'
import { HomePage } from './pages/HomePage'
import { ProductsPage } from './pages/ProductsPage'
import { ProductDetailPage } from './pages/ProductDetailPage'
import { CartPage } from './pages/CartPage'
import { CheckoutPage } from './pages/CheckoutPage'
import { OrderConfirmationPage } from './pages/OrderConfirmationPage'
import { AccountPage } from './pages/AccountPage'
import { useCartStore } from './stores/cartStore'
import { useProducts } from './hooks/useProducts'
@import 'tailwindcss/base';
@import 'tailwindcss/components';
@import 'tailwindcss/utilities';
