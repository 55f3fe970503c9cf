/**
 * Classroom codes: share a quiz by a short code, and read students' results
 * back, with no server. See each module for the formats and the rules.
 */
export {
	ALPHABET,
	RADIX,
	compactCode,
	formatSymbols,
	readSymbols,
	type ReadSymbols
} from './alphabet';
export { MAX_CHECKED_LENGTH, checkSymbol, isChecked, withCheck } from './check';
export {
	FACT_BASE_VERSION_MODULUS,
	MAX_QUIZ_COUNT,
	MIN_QUIZ_COUNT,
	QUIZ_CODE_LENGTH,
	QUIZ_CODE_MESSAGES,
	SEED_LIMIT,
	decodeQuizCode,
	encodeQuizCode,
	randomSeed,
	resolveFactBaseVersion,
	type DecodedQuizCode,
	type QuizCodeError,
	type QuizCodeInput
} from './quiz-code';
export {
	COMPAT_MESSAGES,
	checkCompatibility,
	isCompleteQuiz,
	quizContentVersion,
	type BuiltQuiz,
	type Compatibility
} from './compat';
export {
	MAX_RESULT_CODE_LENGTH,
	MIN_RESULT_CODE_LENGTH,
	RESULT_CODE_MESSAGES,
	classTable,
	countRight,
	decodeResultCode,
	encodeResultCode,
	quizFingerprint,
	readResultCodes,
	resultCodeItems,
	resultCodeLength,
	type ClassTable,
	type DecodedResultCode,
	type ReadResultCodes,
	type ResultCodeData,
	type ResultCodeInput
} from './result-code';
