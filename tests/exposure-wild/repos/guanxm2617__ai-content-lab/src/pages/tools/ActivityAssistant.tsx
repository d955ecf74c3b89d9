import { useState } from 'react'
import { Card, CardBody, Button, Input, Select, SelectItem, CheckboxGroup, Checkbox, Slider, ScrollShadow } from '@nextui-org/react'
import { Rocket, Send, Copy, Download, RefreshCcw, Loader2, History } from 'lucide-react'
import { streamZhipu } from '../../api/zhipu'
import { prompts } from '../../prompts'
import { useContentStore } from '../../stores/ContentStore'
export default ActivityAssistant
