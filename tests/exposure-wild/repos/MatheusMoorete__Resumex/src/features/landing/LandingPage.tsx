import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import './LandingPage.css';
export default function LandingPage() {
