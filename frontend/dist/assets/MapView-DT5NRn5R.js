import{i as e,n as t,o as n,r,t as i}from"./index-D3XMpKyV.js";import{a,i as o,n as s,o as c,r as l,s as u,t as d}from"./map-BoVGUR7A.js";var f=n(e(),1);function p(e){if(Array.isArray(e))return e}function m(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function h(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function g(e,t){if(e){if(typeof e==`string`)return h(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?h(e,t):void 0}}function _(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function v(e,t){return p(e)||m(e,t)||g(e,t)||_()}function y(e,t){if(!(e instanceof t))throw TypeError(`Cannot call a class as a function`)}function b(e,t){if(typeof e!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t||`default`);if(typeof r!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function x(e){var t=b(e,`string`);return typeof t==`symbol`?t:t+``}function S(e,t){for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,`value`in r&&(r.writable=!0),Object.defineProperty(e,x(r.key),r)}}function C(e,t,n){return t&&S(e.prototype,t),n&&S(e,n),Object.defineProperty(e,"prototype",{writable:!1}),e}function w(e){return w=Object.setPrototypeOf?Object.getPrototypeOf.bind():function(e){return e.__proto__||Object.getPrototypeOf(e)},w(e)}function T(){try{var e=!Boolean.prototype.valueOf.call(Reflect.construct(Boolean,[],function(){}))}catch{}return(T=function(){return!!e})()}function E(e){if(e===void 0)throw ReferenceError(`this hasn't been initialised - super() hasn't been called`);return e}function D(e,t){if(t&&(typeof t==`object`||typeof t==`function`))return t;if(t!==void 0)throw TypeError(`Derived constructors may only return object or undefined`);return E(e)}function O(e,t,n){return t=w(t),D(e,T()?Reflect.construct(t,n||[],w(e).constructor):t.apply(e,n))}function k(e,t){return k=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(e,t){return e.__proto__=t,e},k(e,t)}function A(e,t){if(typeof t!=`function`&&t!==null)throw TypeError(`Super expression must either be null or a function`);e.prototype=Object.create(t&&t.prototype,{constructor:{value:e,writable:!0,configurable:!0}}),Object.defineProperty(e,"prototype",{writable:!1}),t&&k(e,t)}function j(e,t,n){return(t=x(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function M(e){if(Array.isArray(e))return h(e)}function N(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function P(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function F(e){return M(e)||N(e)||g(e)||P()}function I(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function L(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?I(Object(n),!0).forEach(function(t){j(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):I(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}var R=`relative`,z={drawLabel:void 0,drawHover:void 0,borders:[{size:{value:.1},color:{attribute:`borderColor`}},{size:{fill:!0},color:{attribute:`color`}}]},B=`#000000`;function V(e){var t=e.borders,n=o(t.filter(function(e){return`fill`in e.size}).length);return`
precision highp float;

varying vec2 v_diffVector;
varying float v_radius;

#ifdef PICKING_MODE
varying vec4 v_color;
#else
// For normal mode, we use the border colors defined in the program:
${t.flatMap(function(e,t){return`attribute`in e.size?[`varying float v_borderSize_${t+1};`]:[]}).join(`
`)}
${t.flatMap(function(e,t){var n=e.color;return`attribute`in n?[`varying vec4 v_borderColor_${t+1};`]:`value`in n?[`uniform vec4 u_borderColor_${t+1};`]:[]}).join(`
`)}
#endif

uniform float u_correctionRatio;

const float bias = 255.0 / 254.0;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  float dist = length(v_diffVector);
  float aaBorder = 2.0 * u_correctionRatio;
  float v_borderSize_0 = v_radius;
  vec4 v_borderColor_0 = transparent;

  // No antialiasing for picking mode:
  #ifdef PICKING_MODE
  if (dist > v_radius)
    gl_FragColor = transparent;
  else {
    gl_FragColor = v_color;
    gl_FragColor.a *= bias;
  }
  #else
  // Sizes:
${t.flatMap(function(e,t){var n=e.size;if(`fill`in n)return[];n=n;var r=`attribute`in n?`v_borderSize_${t+1}`:o(n.value),i=(n.mode||R)===`pixels`?`u_correctionRatio`:`v_radius`;return[`  float borderSize_${t+1} = ${i} * ${r};`]}).join(`
`)}
  // Now, let's split the remaining space between "fill" borders:
  float fillBorderSize = (v_radius - (${t.flatMap(function(e,t){return`fill`in e.size?[]:[`borderSize_${t+1}`]}).join(` + `)}) ) / ${n};
${t.flatMap(function(e,t){return`fill`in e.size?[`  float borderSize_${t+1} = fillBorderSize;`]:[]}).join(`
`)}

  // Finally, normalize all border sizes, to start from the full size and to end with the smallest:
  float adjustedBorderSize_0 = v_radius;
${t.map(function(e,t){return`  float adjustedBorderSize_${t+1} = adjustedBorderSize_${t} - borderSize_${t+1};`}).join(`
`)}

  // Colors:
  vec4 borderColor_0 = transparent;
${t.map(function(e,t){var n=e.color,r=[];return`attribute`in n?r.push(`  vec4 borderColor_${t+1} = v_borderColor_${t+1};`):`transparent`in n?r.push(`  vec4 borderColor_${t+1} = vec4(0.0, 0.0, 0.0, 0.0);`):r.push(`  vec4 borderColor_${t+1} = u_borderColor_${t+1};`),r.push(`  borderColor_${t+1}.a *= bias;`),r.push(`  if (borderSize_${t+1} <= 1.0 * u_correctionRatio) { borderColor_${t+1} = borderColor_${t}; }`),r.join(`
`)}).join(`
`)}
  if (dist > adjustedBorderSize_0) {
    gl_FragColor = borderColor_0;
  } else ${t.map(function(e,t){return`if (dist > adjustedBorderSize_${t} - aaBorder) {
    gl_FragColor = mix(borderColor_${t+1}, borderColor_${t}, (dist - adjustedBorderSize_${t} + aaBorder) / aaBorder);
  } else if (dist > adjustedBorderSize_${t+1}) {
    gl_FragColor = borderColor_${t+1};
  } else `}).join(``)} { /* Nothing to add here */ }
  #endif
}
`}function H(e){var t=e.borders;return`
attribute vec2 a_position;
attribute float a_size;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec2 v_diffVector;
varying float v_radius;

#ifdef PICKING_MODE
attribute vec4 a_id;
varying vec4 v_color;
#else
${t.flatMap(function(e,t){return`attribute`in e.size?[`attribute float a_borderSize_${t+1};`,`varying float v_borderSize_${t+1};`]:[]}).join(`
`)}
${t.flatMap(function(e,t){return`attribute`in e.color?[`attribute vec4 a_borderColor_${t+1};`,`varying vec4 v_borderColor_${t+1};`]:[]}).join(`
`)}
#endif

const float bias = 255.0 / 254.0;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  vec2 position = a_position + diffVector;
  gl_Position = vec4(
    (u_matrix * vec3(position, 1)).xy,
    0,
    1
  );

  v_radius = size / 2.0;
  v_diffVector = diffVector;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
${t.flatMap(function(e,t){return`attribute`in e.size?[`  v_borderSize_${t+1} = a_borderSize_${t+1};`]:[]}).join(`
`)}
${t.flatMap(function(e,t){return`attribute`in e.color?[`  v_borderColor_${t+1} = a_borderColor_${t+1};`]:[]}).join(`
`)}
  #endif
}
`}var U=WebGLRenderingContext,W=U.UNSIGNED_BYTE,G=U.FLOAT;function K(e){var t,n=L(L({},z),e||{}),r=n.borders,i=n.drawLabel,o=n.drawHover,s=[`u_sizeRatio`,`u_correctionRatio`,`u_matrix`].concat(F(r.flatMap(function(e,t){return`value`in e.color?[`u_borderColor_${t+1}`]:[]})));return t=function(e){A(t,e);function t(){var e;y(this,t);var n=[...arguments];return e=O(this,t,[].concat(n)),j(E(e),`drawLabel`,i),j(E(e),`drawHover`,o),e}return C(t,[{key:`getDefinition`,value:function(){return{VERTICES:3,VERTEX_SHADER_SOURCE:H(n),FRAGMENT_SHADER_SOURCE:V(n),METHOD:WebGLRenderingContext.TRIANGLES,UNIFORMS:s,ATTRIBUTES:[{name:`a_position`,size:2,type:G},{name:`a_id`,size:4,type:W,normalized:!0},{name:`a_size`,size:1,type:G}].concat(F(r.flatMap(function(e,t){return`attribute`in e.color?[{name:`a_borderColor_${t+1}`,size:4,type:W,normalized:!0}]:[]})),F(r.flatMap(function(e,t){return`attribute`in e.size?[{name:`a_borderSize_${t+1}`,size:1,type:G}]:[]}))),CONSTANT_ATTRIBUTES:[{name:`a_angle`,size:1,type:G}],CONSTANT_DATA:[[t.ANGLE_1],[t.ANGLE_2],[t.ANGLE_3]]}}},{key:`processVisibleItem`,value:function(e,t,n){var i=this.array;i[t++]=n.x,i[t++]=n.y,i[t++]=e,i[t++]=n.size,r.forEach(function(e){var r=e.color;`attribute`in r&&(i[t++]=c(n[r.attribute]||r.defaultValue||B))}),r.forEach(function(e){var r=e.size;`attribute`in r&&(i[t++]=n[r.attribute]||r.defaultValue)})}},{key:`setUniforms`,value:function(e,t){var n=t.gl,i=t.uniformLocations,o=i.u_sizeRatio,s=i.u_correctionRatio,c=i.u_matrix;n.uniform1f(s,e.correctionRatio),n.uniform1f(o,e.sizeRatio),n.uniformMatrix3fv(c,!1,e.matrix),r.forEach(function(e,t){var r=e.color;if(`value`in r){var o=i[`u_borderColor_${t+1}`],s=v(a(r.value),4),c=s[0],l=s[1],u=s[2],d=s[3];n.uniform4f(o,c/255,l/255,u/255,d/255)}})}}]),t}(l),j(t,`ANGLE_1`,0),j(t,`ANGLE_2`,2*Math.PI/3),j(t,`ANGLE_3`,4*Math.PI/3),t}K();function q(e,t,n){let r=new Set([t]),i=[t];for(let t=0;t<n;t++){let t=[];for(let n of i)e.forEachNeighbor(n,e=>{r.has(e)||(r.add(e),t.push(e))});i=t}return r}var J={fi:{label:`Verkostokartta. Näppäimet: nuolet siirtävät, + ja − zoomaavat, 0 näyttää kaiken, N ja P kulkevat solmusta toiseen, Enter avaa valitun.`,help:`Kartta toimii myös näppäimistöllä; sama tieto on taulukoissa ja haussa.`,selected:`Kohdistettu`},sv:{label:`Nätverkskarta. Tangenter: pilar flyttar, + och − zoomar, 0 visar allt, N och P går från nod till nod, Enter öppnar den valda.`,help:`Kartan fungerar också med tangentbordet; samma uppgifter finns i tabellerna och sökningen.`,selected:`Fokuserad`},en:{label:`Network map. Keys: arrows pan, + and − zoom, 0 shows everything, N and P move from node to node, Enter opens the focused one.`,help:`The map works with a keyboard too; the same data is in the tables and search.`,selected:`Focused`}},Y=r(),X=`#e3e6ea`,Z=K({borders:[{size:{value:.4},color:{attribute:`borderColor`}},{size:{fill:!0},color:{attribute:`color`}}]});function Q({data:e,lang:n,selected:r,focus:a,onSelect:o}){let c=(0,f.useRef)(null),l=(0,f.useRef)(null),p=(0,f.useRef)(null),m=(0,f.useRef)(null),h=(0,f.useRef)(o);h.current=o,(0,f.useEffect)(()=>{if(!c.current)return;let r=new u({multi:!0,type:`undirected`,allowSelfLoops:!1});r.import(e),r.forEachNode((e,i)=>{let a=n===`sv`?i.labelSv||i.label:n===`en`&&i.labelEn||i.label;i.kind===`Network`?r.mergeNodeAttributes(e,{type:`ring`,color:`#ffffff`,borderColor:t(i),label:a}):r.mergeNodeAttributes(e,{color:t(i),label:a})}),r.forEachEdge((e,t)=>{let n=i(t.role);r.mergeEdgeAttributes(e,n.size>1?n:{...n,type:`line`})});let a=new s(r,c.current,{labelRenderedSizeThreshold:5,labelDensity:.5,zIndex:!0,nodeProgramClasses:{ring:Z},edgeProgramClasses:{line:d},nodeReducer:(e,t)=>m.current&&!m.current.has(e)?{...t,hidden:!0}:p.current&&!p.current.has(e)?{...t,color:t.type===`ring`?`#ffffff`:X,borderColor:X,label:``}:p.current?{...t,highlighted:!0,zIndex:1}:t,edgeReducer:(e,t)=>{let[n,i]=r.extremities(e);return m.current&&(!m.current.has(n)||!m.current.has(i))||p.current&&!(p.current.has(n)&&p.current.has(i))?{...t,hidden:!0}:t}});return a.once(`afterRender`,()=>c.current?.setAttribute(`data-rendered`,`true`)),a.on(`clickNode`,({node:e})=>h.current(e,r.getNodeAttribute(e,`kind`))),a.on(`enterNode`,({node:e})=>{p.current=q(r,e,1),a.refresh({skipIndexation:!0})}),a.on(`leaveNode`,()=>{p.current=null,a.refresh({skipIndexation:!0})}),l.current=a,()=>{a.kill(),l.current=null}},[e,n]),(0,f.useEffect)(()=>{let e=l.current;if(!e)return;let t=e.getGraph(),n=r!==null&&t.hasNode(r);if(m.current=n&&a>0?q(t,r,a):null,t.forEachNode(e=>t.setNodeAttribute(e,`highlighted`,e===r)),e.refresh(),n){let t=e.getNodeDisplayData(r);t&&e.getCamera().animate({x:t.x,y:t.y,ratio:a>0?.3:.5},{duration:400})}},[r,a,e,n]);let g=(0,f.useRef)(null),[_,v]=(0,f.useState)(``);return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(`div`,{ref:c,className:`map-canvas`,"data-testid":`map`,tabIndex:0,role:`application`,"aria-label":J[n].label,onKeyDown:e=>{let t=l.current;if(!t)return;let i=t.getCamera(),a=i.getState(),o=.15*a.ratio,s=t.getGraph(),c=e=>{g.current=e,p.current=q(s,e,1),t.refresh({skipIndexation:!0});let r=t.getNodeDisplayData(e);r&&i.animate({x:r.x,y:r.y},{duration:200}),v(`${J[n].selected}: ${s.getNodeAttribute(e,`label`)}`)};switch(e.key){case`ArrowLeft`:i.animate({x:a.x-o},{duration:150});break;case`ArrowRight`:i.animate({x:a.x+o},{duration:150});break;case`ArrowUp`:i.animate({y:a.y+o},{duration:150});break;case`ArrowDown`:i.animate({y:a.y-o},{duration:150});break;case`+`:case`=`:i.animatedZoom({duration:150});break;case`-`:i.animatedUnzoom({duration:150});break;case`0`:i.animatedReset({duration:200});break;case`n`:case`N`:case`p`:case`P`:{let i=g.current??r,o;if(i&&s.hasNode(i)&&s.degree(i)>0)o=[...new Set(s.neighbors(i))];else{let e=[];s.forEachNode(n=>{let r=t.getNodeDisplayData(n);r&&!r.hidden&&e.push([(r.x-a.x)**2+(r.y-a.y)**2,n])}),o=e.sort((e,t)=>e[0]-t[0]).slice(0,20).map(([,e])=>e)}if(o.length===0)break;o.sort((e,t)=>String(s.getNodeAttribute(e,`label`)).localeCompare(String(s.getNodeAttribute(t,`label`)),n));let l=g.current?o.indexOf(g.current):-1,u=e.key.toLowerCase()===`n`?(l+1)%o.length:(l-1+o.length)%o.length;c(o[u]);break}case`Enter`:g.current&&h.current(g.current,s.getNodeAttribute(g.current,`kind`));break;case`Escape`:g.current=null,p.current=null,t.refresh({skipIndexation:!0}),v(``);break;default:return}e.preventDefault()}}),(0,Y.jsx)(`p`,{className:`visually-hidden`,"aria-live":`polite`,"data-testid":`map-announce`,children:_})]})}export{Q as default};