import React, { useEffect } from 'react';
import { useParams, Link } from 'react-router-dom';
import { SEO_PAGES } from '../data/seoPages';
import SemanticFooter from '../components/SemanticFooter';
import { useSEO } from '../hooks/useSEO';
import { ArrowRight, CheckCircle2 } from 'lucide-react';
export default SeoLandingPage;
