import React from 'react';
import { cn } from '../lib/utils';
import { useSettings } from '../context/SettingsContext';
import { Settings, Palette, Monitor, Cpu, Volume2, Type, Globe, RotateCcw, LogIn } from 'lucide-react';
export const SettingsMenu: React.FC = () => {
    'glm-4.5-chat': 'Standard Chat-Modell für allgemeine Unterhaltungen',
    'glm-4.5-long': 'Erweiterte Kontextlänge für komplexe Aufgaben',
    'glm-4.5-air': 'Leichtgewichtiges Modell für schnelle Antworten',
    'glm-4.5-flash': 'Ultraschnelles Modell für sofortige Reaktionen'
                  GLM-4.5 Variante
                  <option value="glm-4.5-chat">GLM-4.5 Chat</option>
                  <option value="glm-4.5-long">GLM-4.5 Long</option>
                  <option value="glm-4.5-air">GLM-4.5 Air</option>
                  <option value="glm-4.5-flash">GLM-4.5 Flash</option>
            {/* GLM Mode */}
                <h3 className="text-lg font-semibold text-foreground">GLM-Modus</h3>
