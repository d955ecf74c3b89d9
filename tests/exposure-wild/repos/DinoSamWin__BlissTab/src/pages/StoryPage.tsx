import React, { useEffect, useState } from 'react';
import { useParams, Link, useNavigate } from 'react-router-dom';
import { STORIES } from '../data/stories';
import SemanticFooter from '../components/SemanticFooter';
import { ArrowRight, CheckCircle2, Plus, Compass, Coffee, List, Search, Moon, Zap, User } from 'lucide-react';
import { useSEO } from '../hooks/useSEO';
export default StoryPage;
