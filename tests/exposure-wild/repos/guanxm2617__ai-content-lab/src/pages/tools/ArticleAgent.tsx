import { useState, useEffect } from 'react'
import { Card, CardBody, Button, Input, Select, SelectItem, Textarea, Switch, Tab, Tabs, Chip } from '@nextui-org/react'
import { FileText, Copy, Download, Loader2, Sparkles, Image as ImageIcon, Search } from 'lucide-react'
import { useLocation } from 'react-router-dom'
import { streamZhipu } from '../../api/zhipu'
import { prompts } from '../../prompts'
import { useContentStore } from '../../stores/ContentStore'
export default ArticleAgent
