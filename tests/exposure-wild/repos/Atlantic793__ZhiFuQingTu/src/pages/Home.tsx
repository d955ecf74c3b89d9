import { Link } from 'react-router-dom';
import { Cpu, Star, Briefcase, Users, Award, BookOpen } from 'lucide-react';
export default Home;
