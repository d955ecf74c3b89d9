import { useState, useCallback, useEffect, useRef } from 'react';
import { ArrowLeft, CircleX, RefreshCw } from 'lucide-react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { AuthSession } from '../features/auth/domain/auth';
import Header from '../shared/components/Header';
import GenericErrorView from '../shared/components/GenericErrorView';
import ApiKeyModal from '../features/auth/components/ApiKeyModal';
import AccountButton from '../features/auth/components/AccountButton';
import AuthScreen from '../features/auth/components/AuthScreen';
import { authService } from '../features/auth/services/authService';
import UploadZone from '../features/pdf/components/UploadZone';
import { DevTelemetryWidget } from '../shared/components/DevTelemetryWidget';
import PreferencesPanel from '../features/summary/components/PreferencesPanel';
import SpecEditor from '../features/summary/components/SpecEditor';
import ProcessingView from '../features/summary/components/ProcessingView';
import ResultView from '../features/summary/components/ResultView';
import {
} from '../features/summary/services/summaryJobApi';
import QuizView from '../features/quiz/components/QuizView';
import QuizProcessingTimeline from '../features/quiz/components/QuizProcessingTimeline';
import { cancelQuizJob, prepareQuizJob } from '../features/quiz/services/quizJobApi';
import { revokePdfCorpusUrls } from '../features/pdf/services/pdfCorpus';
import { prepareFlashcardJob } from '../features/flashcards/services/flashcardJobApi';
import { setAuthTokenGetter } from '../features/auth/services/authClient';
import { createSummary } from '../features/summary/services/summaryApi';
import { createQuiz } from '../features/quiz/services/quizPersistenceApi';
import { FicharioView } from '../features/fichario/components/FicharioView';
import {
} from '../shared/mocks/e2eMock';
const isE2EMockMode = import.meta.env.DEV
  && import.meta.env.VITE_E2E_MOCK === 'true'
const canUseLocalTestFlow = import.meta.env.DEV && isLocalBrowserHost();
export default function App() {
  // Core state - DeepSeek generates text; GLM transcribes visual/handwritten pages.
  const [zhipuKey, setZhipuKey] = useState(() => 
    getSessionApiKey('resumex_zhipu_key')
    zhipuConfigured: false,
  const hasZhipuAccess = Boolean(zhipuKey || serverConfig.zhipuConfigured);
        zhipuConfigured: true,
          zhipuConfigured: Boolean(config.zhipuConfigured),
      zhipuConfigured: Boolean(config.zhipuConfigured),
    setZhipuKey(keys.zhipu);
    sessionStorage.setItem('resumex_zhipu_key', keys.zhipu);
    if (prefs.readHandwriting && !serverConfig.zhipuConfigured) {
      setError('Configure ZHIPU_API_KEY no servidor para a leitura visual.');
  }, [fileData, isLocalTestFlow, runLocalSpecFlow, serverConfig.deepseekConfigured, serverConfig.zhipuConfigured, setAppState]);
            zhipuAvailable={serverConfig.zhipuConfigured}
          zhipuKey={zhipuKey}
