import { useState } from 'react'
import { Card, CardBody, Button, Input, Select, SelectItem, Slider, Chip, Progress } from '@nextui-org/react'
import { Hash, Send, Star, ArrowRight, Bookmark, Loader2, TrendingUp } from 'lucide-react'
import { useNavigate } from 'react-router-dom'
import { callZhipu } from '../../api/zhipu'
import { prompts } from '../../prompts'
import { useContentStore } from '../../stores/ContentStore'
export default TopicAssistant
