import { Card, CardBody, CardHeader, Button, Progress, Divider } from '@nextui-org/react'
import { LayoutDashboard, Rocket, Hash, FileText, Share2, ShieldCheck, MessageCircle, BarChart3, Clock, Star } from 'lucide-react'
import { useNavigate } from 'react-router-dom'
import { useContentStore } from '../stores/ContentStore'
export default Workbench
